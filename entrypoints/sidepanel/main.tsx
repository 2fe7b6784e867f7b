import '../../lib/zod-jitless';
import '../../components/surface.css';
import { mountInLanguage } from '../../components/i18n/mount';
import { SidePanelApp } from './SidePanelApp';

void mountInLanguage(<SidePanelApp />);
