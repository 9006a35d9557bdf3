// A 5×5 mirrored identicon drawn from a seed: made here, so no request leaves
// the site (no Gravatar) and nothing about the email can be read from it.
export function Avatar({ seed, size = 40 }: { seed: string; size?: number }) {
  const bytes = seed.match(/.{2}/g)?.map((hex) => parseInt(hex, 16)) ?? [0];
  const hue = ((bytes[0] ?? 0) * 360) / 256;
  const cells: { x: number; y: number }[] = [];
  for (let y = 0; y < 5; y++) {
    for (let x = 0; x < 3; x++) {
      const bit = ((bytes[1 + y] ?? 0) >> x) & 1;
      if (bit) {
        cells.push({ x, y });
        if (x < 2) cells.push({ x: 4 - x, y });
      }
    }
  }
  return (
    <svg width={size} height={size} viewBox="-1 -1 7 7" aria-hidden="true" focusable="false" className="shrink-0 rounded">
      <rect x="-1" y="-1" width="7" height="7" fill={`hsl(${hue} 40% 92%)`} />
      {cells.map(({ x, y }) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill={`hsl(${hue} 55% 38%)`} />
      ))}
    </svg>
  );
}
