import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CHECK_FIELDS, formFields, formText, missingFieldMessage, refusal } from "./form-input";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("reading a form", () => {
  it("keeps text fields, turns a repeated name into a list and drops React's own fields", () => {
    const data = form([["id", "1"], ["id", "2"], ["q", "x"], ["$ACTION_ID_abc", ""]]);
    data.append("upload", new Blob(["x"]));
    expect(formFields(data)).toEqual({ id: ["1", "2"], q: "x" });
    expect(formText(data)).toEqual({ id: "1\n2", q: "x" });
  });

  it("names a field the post left out as missing, unless the schema words it itself", () => {
    const schema = z.object({ email: z.string(), confirm: z.string({ error: "Type the new password again." }), linkLimit: z.coerce.number().int() });
    const parsed = schema.safeParse(formFields(form([])), { error: missingFieldMessage });
    expect(parsed.success).toBe(false);
    expect(refusal(parsed.error!).fieldErrors).toEqual({ email: "Fill in this field.", confirm: "Type the new password again.", linkLimit: expect.any(String) });
  });
});

describe("wording a refusal", () => {
  it("says 'Check the highlighted fields.' when several fields are wrong, with each field's first message", () => {
    const schema = z.object({ a: z.string().min(2, "A is short.").max(0, "A is long."), b: z.string().min(1, "B is empty.") });
    const result = schema.safeParse({ a: "x", b: "" });
    expect(result.success).toBe(false);
    expect(refusal(result.error!)).toEqual({ status: "error", message: CHECK_FIELDS, fieldErrors: { a: "A is short.", b: "B is empty." } });
  });

  it("shows an issue about the whole form as the message, with no field marked", () => {
    const schema = z.object({ ids: z.array(z.string()) }).refine((value) => value.ids.length > 0, { path: ["form"], message: "Select at least one comment first." });
    const result = schema.safeParse({ ids: [] });
    expect(refusal(result.error!)).toEqual({ status: "error", message: "Select at least one comment first.", fieldErrors: {} });
  });

  it("ties a data-layer refusal to its field, or keeps it general", () => {
    expect(refusal({ ok: false, message: "That email already has an account.", field: "email" })).toEqual({
      status: "error",
      message: "That email already has an account.",
      fieldErrors: { email: "That email already has an account." },
    });
    expect(refusal({ ok: false, message: "That article no longer exists." })).toEqual({ status: "error", message: "That article no longer exists.", fieldErrors: {} });
    expect(refusal({ ok: false, message: "Please correct the errors below.", fieldErrors: { name: "Please enter your name.", email: "Please enter your email address." } }).message).toBe(CHECK_FIELDS);
  });
});
