/**
 * Starts the Cal.com and Retell fakes on fixed ports, for manual dev and for
 * Playwright (which drives them from another process over /__fake/*).
 *
 *   npx tsx e2e/fakes/run.ts                       # 4010 (Cal.com) and 4011 (Retell)
 *   npx tsx e2e/fakes/run.ts --calcom-port 5010 --retell-port 5011 --host 127.0.0.1
 *
 * Playwright global setup can import `startAllFakes` instead (importing this
 * file does not start anything):
 *   const fakes = await startAllFakes();  return () => fakes.close();
 * or run this file as a `webServer` with url http://127.0.0.1:4010/__fake/state.
 */
import { pathToFileURL } from "node:url";
import { DEFAULT_CALCOM_KEYS, startCalcomFake, type CalcomFake } from "./calcom/server";
import { DEFAULT_RETELL_KEYS, startRetellFake, type RetellFake } from "./retell/server";

export const DEFAULT_CALCOM_FAKE_PORT = 4010;
export const DEFAULT_RETELL_FAKE_PORT = 4011;

export interface AllFakes {
  calcom: CalcomFake;
  retell: RetellFake;
  close(): Promise<void>;
}

export interface AllFakesOptions {
  calcomPort?: number;
  retellPort?: number;
  host?: string;
}

export async function startAllFakes({
  calcomPort = DEFAULT_CALCOM_FAKE_PORT,
  retellPort = DEFAULT_RETELL_FAKE_PORT,
  host = "127.0.0.1",
}: AllFakesOptions = {}): Promise<AllFakes> {
  const calcom = await startCalcomFake({ port: calcomPort, host });
  const retell = await startRetellFake({ port: retellPort, host }).catch(async (error: unknown) => {
    await calcom.close();
    throw error;
  });
  return {
    calcom,
    retell,
    close: async () => {
      await Promise.all([calcom.close(), retell.close()]);
    },
  };
}

function parseArgs(argv: string[]): AllFakesOptions {
  const options: AllFakesOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`missing value after ${flag}`);
    if (flag === "--host") options.host = value;
    else if (flag === "--calcom-port" || flag === "--retell-port") {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`bad port: ${value}`);
      options[flag === "--calcom-port" ? "calcomPort" : "retellPort"] = port;
    } else {
      throw new Error(`unknown argument ${flag} (use --calcom-port, --retell-port, --host)`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const fakes = await startAllFakes(parseArgs(process.argv.slice(2)));
  console.log(`Cal.com fake  ${fakes.calcom.url}   valid key: ${DEFAULT_CALCOM_KEYS.join(", ")}`);
  console.log(`Retell fake   ${fakes.retell.url}   valid key: ${DEFAULT_RETELL_KEYS.join(", ")}`);
  console.log(`Control API   <url>/__fake/state | mode | keys | rate-limit | requests | reset`);
  const stop = () => {
    void fakes.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(invokedPath).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
