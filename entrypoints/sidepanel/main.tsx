import '../../lib/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/surface.css';
import { SidePanelApp } from './SidePanelApp';

createRoot(document.getElementById('root')!).render(<SidePanelApp />);
