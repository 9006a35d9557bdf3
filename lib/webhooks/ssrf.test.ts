import { describe, expect, it } from "vitest";
import { checkUrlShape, parseAllowedHosts, refusedAddressReason, resolveTarget } from "./ssrf";

describe("the SSRF address classifier", () => {
  const refused: [string, RegExp][] = [
    ["127.0.0.1", /loopback/],
    ["127.255.255.254", /loopback/],
    ["::1", /loopback/],
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:7f00:1", /loopback/],
    ["[::ffff:10.0.0.1]", /private/],
    ["10.1.2.3", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.255", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /link-local.*metadata/],
    ["fe80::1", /link-local/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["100.100.100.200", /carrier-grade NAT/],
    ["fd00::1", /unique-local/],
    ["fd00:ec2::254", /unique-local/],
    ["fc00::1", /unique-local/],
    ["224.0.0.1", /multicast/],
    ["ff02::1", /multicast/],
    ["0.0.0.0", /unspecified/],
    ["0.1.2.3", /unspecified/],
    ["::", /unspecified/],
    ["255.255.255.255", /broadcast/],
    ["198.18.0.1", /reserved/],
    ["240.0.0.1", /reserved/],
    ["64:ff9b::7f00:1", /reserved/],
    ["2002:7f00:1::", /reserved/],
    ["not-an-ip", /not an IP address/],
  ];
  it.each(refused)("refuses %s", (address, reason) => {
    expect(refusedAddressReason(address)).toMatch(reason);
  });

  it.each(["8.8.8.8", "93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "::ffff:8.8.8.8"])("allows the public address %s", (address) => {
    expect(refusedAddressReason(address)).toBeNull();
  });
});

describe("webhook URLs", () => {
  it("takes http and https only, without credentials", () => {
    expect(checkUrlShape("https://example.com/hook").ok).toBe(true);
    expect(checkUrlShape("http://example.com:8080/hook").ok).toBe(true);
    expect(checkUrlShape("ftp://example.com/")).toMatchObject({ ok: false, message: expect.stringMatching(/http/) });
    expect(checkUrlShape("file:///etc/passwd")).toMatchObject({ ok: false });
    expect(checkUrlShape("https://user:pass@example.com/")).toMatchObject({ ok: false, message: expect.stringMatching(/user name and password/) });
    expect(checkUrlShape("example.com/hook")).toMatchObject({ ok: false, message: expect.stringMatching(/full URL/) });
  });

  it("reads WEBHOOK_ALLOWED_HOSTS as names and normalised addresses", () => {
    expect(parseAllowedHosts(" Receiver.Internal. , 127.0.0.1,[::1],, ")).toEqual(["receiver.internal", "127.0.0.1", "0:0:0:0:0:0:0:1"]);
    expect(parseAllowedHosts(undefined)).toEqual([]);
  });
});

describe("resolving a webhook's target", () => {
  const resolver = (answers: Record<string, string[]>) => async (host: string) => {
    const found = answers[host];
    if (!found) throw new Error("ENOTFOUND");
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

  it("checks every address a name resolves to, not just the first", async () => {
    const target = await resolveTarget("https://mixed.example/hook", [], resolver({ "mixed.example": ["93.184.215.14", "10.0.0.5"] }));
    expect(target).toMatchObject({ ok: false, message: expect.stringMatching(/mixed\.example resolves to 10\.0\.0\.5.*private/) });
  });

  it("refuses IP literals in any spelling the URL parser accepts", async () => {
    for (const url of ["http://127.0.0.1/", "http://0x7f000001/", "http://2130706433/", "http://127.1/", "http://[::ffff:127.0.0.1]/", "http://[::1]:8080/", "http://169.254.169.254/latest/meta-data/"]) {
      expect(await resolveTarget(url, [], resolver({})), url).toMatchObject({ ok: false, message: expect.stringMatching(/public addresses/) });
    }
  });

  it("answers the checked address to pin the connection to", async () => {
    expect(await resolveTarget("https://hooks.example/x", [], resolver({ "hooks.example": ["93.184.215.14"] }))).toMatchObject({ ok: true, address: "93.184.215.14", family: 4 });
  });

  it("lets an allowed host through, by name or by address", async () => {
    expect(await resolveTarget("http://127.0.0.1:4000/", ["127.0.0.1"], resolver({}))).toMatchObject({ ok: true, address: "127.0.0.1" });
    expect(await resolveTarget("http://receiver.internal/", ["receiver.internal"], resolver({ "receiver.internal": ["10.0.0.9"] }))).toMatchObject({ ok: true, address: "10.0.0.9" });
    // Allowing the address does not allow a name that resolves to it.
    expect(await resolveTarget("http://localhost:4000/", ["127.0.0.1"], resolver({ localhost: ["127.0.0.1"] }))).toMatchObject({ ok: false });
  });

  it("says so when the host does not resolve", async () => {
    expect(await resolveTarget("https://nowhere.invalid/", [], resolver({}))).toEqual({ ok: false, message: "The host nowhere.invalid could not be found." });
  });
});
