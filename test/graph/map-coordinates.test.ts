// Every place of the gazetteer has coordinates, and they fall inside its own country's borders
// (Natural Earth 1:50m, as the explorer's map draws them).
import { countryShapes, insideShape } from "../../src/reference/borders";
import { PLACES } from "../../src/reference/gazetteer";

describe("places on the map", () => {
  const shapes = new Map(countryShapes().map((s) => [s.properties.code, s]));
  it("draws the borders of every country of the gazetteer", () => {
    for (const code of new Set(PLACES.map((p) => p.country))) expect([code, shapes.has(code)]).toEqual([code, true]);
  });
  it.each(PLACES.map((p) => [p.id, p] as const))("%s lies inside its country", (_id, p) => {
    const shape = shapes.get(p.country)!;
    expect(insideShape(shape, p.lon, p.lat)).toBe(true);
    // and not inside a neighbour
    for (const [code, other] of shapes) if (code !== p.country) expect([code, insideShape(other, p.lon, p.lat)]).toEqual([code, false]);
  });
});
