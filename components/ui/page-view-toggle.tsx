import { ViewTabs } from "@/components/layout/view-tabs";

type Props = {
  label: string;
  base: string;
  /** The bare query flag (`?mine`, `?closed`) that selects the second view. */
  flag: string;
  on: boolean;
  views: [plain: string, flagged: string];
};

/** A list's two views as header tabs: the page as it is, or with its one flag. */
export function PageViewToggle({ label, base, flag, on, views: [plain, flagged] }: Props) {
  const tabs = [
    { href: base, label: plain, current: !on },
    { href: `${base}?${flag}`, label: flagged, current: on },
  ];
  return <ViewTabs label={label} tabs={tabs} />;
}
