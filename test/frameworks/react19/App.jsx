// React 19 with server rendering and hydration (the Next.js pattern). README snippet source.
// After hydrateRoot, React sets no property and adds no listener on a custom element that was server
// rendered (a known React bug), so: the plan goes as JSON text (an attribute survives hydration) and
// events are heard through a ref.
import { useEffect, useRef, useState } from 'react';

export function App({ plan }) {
  const prompt = useRef(null);
  const [chosen, setChosen] = useState('');
  const [submitted, setSubmitted] = useState(null);
  useEffect(() => {
    const element = prompt.current;
    const onChange = (event) => setChosen(event.detail.value);
    element.addEventListener('opioid-stop-date-change', onChange);
    return () => element.removeEventListener('opioid-stop-date-change', onChange);
  }, []);
  const onSubmit = (event) => {
    event.preventDefault();
    setSubmitted([...new FormData(event.currentTarget).entries()]);
  };
  return (
    <main>
      <opioid-plan-context plan={JSON.stringify(plan)} today="2026-11-21">
        <opioid-plan-card heading-level="2"></opioid-plan-card>
        <opioid-taper-chart></opioid-taper-chart>
      </opioid-plan-context>
      <form onSubmit={onSubmit}>
        <opioid-stop-date-prompt ref={prompt} name="review" start="2026-11-21" indication="chronic-non-cancer"
          drug="morphine" required></opioid-stop-date-prompt>
        <button type="submit">Save</button>
      </form>
      <output id="chosen">{chosen}</output>
      <pre id="submitted">{submitted ? JSON.stringify(submitted) : ''}</pre>
    </main>
  );
}
