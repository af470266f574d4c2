import { describe, expect, it } from "vitest";
import { buttonClass, type ButtonSize, type ButtonVariant } from "@/components/ui/button-class";

const SIZES: ButtonSize[] = ["md", "sm", "xs"];
const VARIANTS: ButtonVariant[] = ["primary", "secondary", "danger", "ghost"];
/** Tailwind settles two utilities for one property by stylesheet order, so each property must appear once. */
const PROPERTIES = { "padding-inline": /^px-/, "padding-block": /^py-/, "font-size": /^text-(xs|sm|base|lg)$/ };

describe("buttonClass", () => {
  it.each(SIZES.flatMap((size) => VARIANTS.map((variant) => [size, variant] as const)))(
    "%s %s sets each padding and the text size exactly once",
    (size, variant) => {
      const classes = buttonClass(variant, "shrink-0", size).split(/\s+/);
      for (const [property, pattern] of Object.entries(PROPERTIES)) {
        expect(
          classes.filter((c) => pattern.test(c)),
          property,
        ).toHaveLength(1);
      }
    },
  );

  it("the small sizes are smaller, and the default is md", () => {
    expect(buttonClass("ghost", "", "xs")).toContain("px-2 py-1 text-xs");
    expect(buttonClass("ghost", "", "sm")).toContain("px-2.5 py-1.5 text-sm");
    expect(buttonClass("ghost")).toBe(buttonClass("ghost", "", "md"));
  });

  it("dims a disabled button unless it only waits for hydration", () => {
    expect(buttonClass("primary")).toContain("disabled:opacity-60");
    expect(buttonClass("primary", "", "md", { dimDisabled: false })).not.toContain("disabled:opacity-60");
  });
});
