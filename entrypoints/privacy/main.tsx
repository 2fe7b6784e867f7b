import '../../lib/zod-jitless';
import { createRoot } from 'react-dom/client';
import '../../components/surface.css';
import { PolicyText } from '../../components/privacy/PolicyText';
// The policy ships inside the extension, so the options page opens it with no network.
import policy from '../../PRIVACY.md?raw';

createRoot(document.getElementById('root')!).render(
  <main className="tg-surface tg-document">
    <PolicyText markdown={policy} />
  </main>,
);
