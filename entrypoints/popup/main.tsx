import '../../lib/zod-jitless';
import '../../components/surface.css';
import { mountInLanguage } from '../../components/i18n/mount';
import { PopupApp } from './PopupApp';

void mountInLanguage(<PopupApp />);
