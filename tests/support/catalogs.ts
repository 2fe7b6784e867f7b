// Every language the extension ships, as the background and the extension pages have them (vitest setup file).
import '../../lib/i18n/bundled-catalogs';
