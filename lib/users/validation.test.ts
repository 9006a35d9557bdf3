import { describe, expect, it } from "vitest";
import { setDisabledSchema, upsertUserSchema } from "./validation";
import { signInSchema } from "@/lib/auth/validation";

describe("upsertUserSchema", () => {
  it("normalises the email and defaults to an editor", () => {
    expect(upsertUserSchema.parse({ email: "  Ed@Example.COM ", password: "a long enough pass" })).toEqual({
      email: "ed@example.com",
      password: "a long enough pass",
      role: "editor",
      name: "",
    });
  });

  it("accepts a local address such as admin@localhost", () => {
    expect(upsertUserSchema.safeParse({ email: "admin@localhost", password: "a long enough pass", role: "admin" }).success).toBe(true);
  });

  it("refuses a short password, a bad email and an unknown role", () => {
    const result = upsertUserSchema.safeParse({ email: "nope", password: "short", role: "owner" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["email", "password", "role"]);
  });
});

describe("setDisabledSchema", () => {
  it("reads the hidden field as a boolean", () => {
    expect(setDisabledSchema.parse({ userId: "7", disabled: "true" })).toEqual({ userId: 7, disabled: true });
    expect(setDisabledSchema.parse({ userId: "7", disabled: "false" })).toEqual({ userId: 7, disabled: false });
  });
});

describe("signInSchema", () => {
  it("does not reveal the password policy on sign-in", () => {
    expect(signInSchema.safeParse({ email: "a@b.example", password: "x" }).success).toBe(true);
  });
});
