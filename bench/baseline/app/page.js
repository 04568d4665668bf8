export default function Page() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A static page with no data, styles or client components.</p>
    </main>
  );
}
