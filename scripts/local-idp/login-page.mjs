// The HTML of the local IdP: its sign-in page and its error page. No scripts, no external assets.

export function escapeHtml(value) {
  return String(value ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; padding: 2rem 1rem; display: flex; justify-content: center; }
  main { width: 100%; max-width: 26rem; }
  .banner { background: #fde68a; color: #78350f; border: 1px solid #f59e0b; border-radius: .5rem;
    padding: .5rem .75rem; font-weight: 600; margin-bottom: 1.25rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  p { margin: 0 0 1rem; opacity: .8; }
  ul { list-style: none; padding: 0; margin: 0 0 1.5rem; display: grid; gap: .5rem; }
  button { width: 100%; padding: .6rem .75rem; border-radius: .5rem; border: 1px solid #9ca3af;
    background: transparent; color: inherit; font: inherit; cursor: pointer; text-align: left; }
  button:hover, button:focus-visible { border-color: #2563eb; outline: 2px solid #2563eb33; }
  button .email { display: block; font-size: .85rem; opacity: .7; }
  fieldset { border: 1px solid #9ca3af; border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; }
  legend { padding: 0 .25rem; font-weight: 600; }
  label { display: block; margin: 0 0 .25rem; font-weight: 500; }
  input { box-sizing: border-box; width: 100%; padding: .5rem; margin: 0 0 .75rem; border-radius: .375rem;
    border: 1px solid #9ca3af; font: inherit; }
  .primary { background: #2563eb; border-color: #2563eb; color: white; text-align: center; font-weight: 600; }
  .link { border: 0; padding: 0; width: auto; text-decoration: underline; opacity: .8; }
  .error { color: #b91c1c; font-weight: 500; }
`;

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="banner" role="note">Local sign-in — development only</div>
${body}
</main>
</body>
</html>`;
}

/**
 * @param {{ uid: string, clientName: string, people: readonly { email: string, name: string }[],
 *   email?: string, name?: string, error?: string }} view
 */
export function renderLoginPage({ uid, clientName, people, email = "", name = "", error }) {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  // Two forms, so pressing Enter in the email field submits "Continue", not the first person.
  const buttons = people
    .map(
      (p) => `<li><button type="submit" name="email" value="${escapeHtml(p.email)}">${escapeHtml(p.name)}` +
        ` <span class="email">${escapeHtml(p.email)}</span></button></li>`,
    )
    .join("\n");
  return page(
    "Local sign-in",
    `<h1>Sign in to ${escapeHtml(clientName)}</h1>
<p>Pick a person, or type any email address to sign in as a new person. There is no password.</p>
<form method="post" action="${action}/login" aria-label="Seeded people">
<ul>
${buttons}
</ul>
</form>
<form method="post" action="${action}/login">
<fieldset>
<legend>Someone else</legend>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="off" required value="${escapeHtml(email)}">
<label for="name">Name (optional)</label>
<input id="name" name="name" type="text" autocomplete="off" value="${escapeHtml(name)}">
<button class="primary" type="submit">Continue</button>
</fieldset>
</form>
<form method="post" action="${action}/abort">
<button class="link" type="submit">Cancel and return to ${escapeHtml(clientName)}</button>
</form>`,
  );
}

export function renderErrorPage(title, message) {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p class="error">${escapeHtml(message)}</p>`);
}
