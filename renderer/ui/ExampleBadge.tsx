/** Marks one of the welcome tour's examples, so it is never mistaken for the person's own writing. */
export function ExampleBadge() {
  return (
    <span className="example-badge" title="An example from the welcome tour; Remove examples takes it away">
      Example
    </span>
  );
}
