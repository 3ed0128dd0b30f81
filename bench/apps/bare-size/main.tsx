// The baseline of the size bench: bare React rendering one element.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>hello</p>);
