import { describe, expect, it } from "vitest";
import { signInSchema } from "./validation";

const password = "anything at all";

describe("the sign-in form's rules", () => {
  it("accepts an email however it is typed, trimmed and lower-cased", () => {
    expect(signInSchema.parse({ email: "  Ed@Example.COM ", password }).email).toBe("ed@example.com");
    expect(signInSchema.parse({ email: "admin@localhost", password }).email).toBe("admin@localhost");
  });

  it("refuses an email with a line break in it, with the message shown next to the field", () => {
    const result = signInSchema.safeParse({ email: "x@example.com\n[auth] sign-in ok for admin@localhost", password });
    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors.email).toEqual(["Enter an email address like name@example.com."]);
  });

  it("refuses what is not an email address at all", () => {
    for (const email of ["not an email", "a@b@c", "x@example.com\r", "x\u0000@example.com"]) {
      expect(signInSchema.safeParse({ email: `${email}y`, password }).success, email).toBe(false);
    }
  });

  it("asks for a missing email and password by name", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.error?.flatten().fieldErrors).toEqual({ email: ["Enter your email address."], password: ["Enter your password."] });
  });
});
