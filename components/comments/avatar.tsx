// A 5×5 mirrored identicon drawn from a seed: made here, so no request leaves
// the site (no Gravatar) and nothing about the email can be read from it.
// One path per avatar keeps a page of comments small.
export function avatarPath(seed: string): { hue: number; d: string } {
  const bytes = seed.match(/.{2}/g)?.map((hex) => parseInt(hex, 16)) ?? [0];
  const hue = Math.round(((bytes[0] ?? 0) * 360) / 256);
  let d = "";
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      if ((((bytes[1 + y] ?? 0) >> x) & 1) === 0) continue;
      d += `M${x} ${y}h1v1h-1z`;
      if (x < 2) d += `M${4 - x} ${y}h1v1h-1z`;
    }
  }
  return { hue, d };
}

export function Avatar({ seed }: { seed: string }) {
  const { hue, d } = avatarPath(seed);
  return (
    <svg viewBox="-1 -1 7 7" aria-hidden="true" className="avatar" style={{ background: `hsl(${hue} 40% 92%)`, color: `hsl(${hue} 55% 38%)` }}>
      <path d={d} fill="currentColor" />
    </svg>
  );
}
