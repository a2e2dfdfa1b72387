import { Info } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** Why the controls below are disabled; disabled controls point here with `aria-describedby`. */
export const READ_ONLY_NOTICE_ID = "locations-read-only";

export function ReadOnlyNotice({ text }: { text: string }) {
  return (
    <Alert id={READ_ONLY_NOTICE_ID}>
      <Info aria-hidden />
      <AlertDescription>{text}</AlertDescription>
    </Alert>
  );
}
