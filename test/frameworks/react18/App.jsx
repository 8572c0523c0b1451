// React 18: every prop becomes an attribute and custom events cannot be props, so the plan is set
// as a property through a ref and events are heard with addEventListener. README snippet source.
import { useEffect, useRef, useState } from 'react';

export function App({ plan }) {
  const context = useRef(null);
  const prompt = useRef(null);
  const [chosen, setChosen] = useState('');
  const [submitted, setSubmitted] = useState(null);
  useEffect(() => { context.current.plan = plan; }, [plan]);
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
      <opioid-plan-context ref={context} today="2026-11-21">
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
