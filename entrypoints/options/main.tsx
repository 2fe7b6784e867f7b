import '../../lib/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/surface.css';
import { OptionsApp } from './OptionsApp';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
