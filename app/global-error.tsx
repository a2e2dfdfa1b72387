"use client";

// The root layout itself failed (e.g. the database is down while it resolves the language),
// so no providers or translations exist here: plain HTML in both languages.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh" }}>
        <main role="alert" style={{ maxWidth: 480, textAlign: "center", padding: 24 }}>
          <h1>Something went wrong</h1>
          <p>We could not load this page. Please try again in a moment, or check the Health page.</p>
          <p lang="de">Etwas ist schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.</p>
          {error.digest && <p style={{ fontFamily: "monospace", fontSize: 12 }}>Reference: {error.digest}</p>}
          <button onClick={reset} style={{ padding: "8px 16px" }}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
