import '../../lib/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/surface.css';
import { PopupApp } from './PopupApp';

createRoot(document.getElementById('root')!).render(<PopupApp />);
