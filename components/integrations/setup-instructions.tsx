import Markdown from "react-markdown";

// The provider's setup text is Markdown we ship ourselves; react-markdown renders it without raw
// HTML, so even a careless edit cannot inject markup.
export function SetupInstructions({ markdown }: { markdown: string }) {
  return (
    <div className="text-sm leading-relaxed [&_a]:underline [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_strong]:font-semibold [&_ul]:list-disc [&_ul]:pl-5">
      <Markdown>{markdown}</Markdown>
    </div>
  );
}
