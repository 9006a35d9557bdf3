import { describe, expect, it } from "vitest";
import { commandFor, SHORTCUTS, type KeyInput } from "./shortcuts";

const press = (key: string, over: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: "BODY", isContentEditable: false },
  ...over,
});

describe("commandFor", () => {
  it("maps every documented key to its command", () => {
    expect(SHORTCUTS.map((s) => commandFor(press(s.key)))).toEqual(SHORTCUTS.map((s) => s.command));
    expect(commandFor(press("j"))).toBe("next");
    expect(commandFor(press("?"))).toBe("help");
  });

  it("ignores keys pressed while typing in a field", () => {
    expect(commandFor(press("a", { target: { tagName: "TEXTAREA", isContentEditable: false } }))).toBeNull();
    expect(commandFor(press("s", { target: { tagName: "INPUT", isContentEditable: false, type: "search" } }))).toBeNull();
    expect(commandFor(press("d", { target: { tagName: "DIV", isContentEditable: true } }))).toBeNull();
    expect(commandFor(press("j", { target: { tagName: "SELECT", isContentEditable: false } }))).toBeNull();
  });

  it("still works with a checkbox or button focused", () => {
    expect(commandFor(press("x", { target: { tagName: "INPUT", isContentEditable: false, type: "checkbox" } }))).toBe("select");
    expect(commandFor(press("a", { target: { tagName: "BUTTON", isContentEditable: false } }))).toBe("approve");
  });

  it("leaves browser shortcuts and unknown keys alone", () => {
    expect(commandFor(press("a", { ctrlKey: true }))).toBeNull();
    expect(commandFor(press("r", { metaKey: true }))).toBeNull();
    expect(commandFor(press("q"))).toBeNull();
    expect(commandFor(press("J"))).toBeNull();
  });
});
