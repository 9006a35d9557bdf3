import { z } from "zod";
import { isMissingAuthSecretError } from "@/lib/auth/secret-source";

/**
 * Loads lib/env.ts once at server start (instrumentation.ts). A missing
 * production secret or an invalid variable stops the process with one line
 * saying what to fix, before it serves anything, rather than a stack trace
 * on the first request.
 */
export async function loadEnvOrExit(): Promise<void> {
  try {
    await import("@/lib/env");
  } catch (error) {
    if (isMissingAuthSecretError(error)) {
      console.error(error.message);
    } else if (error instanceof z.ZodError) {
      const problems = error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      console.error(`Refusing to start: ${problems}`);
    } else {
      throw error;
    }
    process.exit(1);
  }
}
