export interface Segment<T extends string> {
  value: T;
  label: string;
  /** Language of the label, for options written in their own language ("Español"). */
  lang?: string;
}

interface SegmentedControlProps<T extends string> {
  label: string;
  value: T;
  segments: readonly Segment<T>[];
  onChange: (value: T) => void;
  isDisabled?: boolean;
  className?: string;
}

/**
 * A few mutually exclusive choices as toggle buttons (aria-pressed), e.g. Active / Away. While disabled the
 * buttons are only aria-disabled: a really disabled button would drop the keyboard focus to the page.
 */
export function SegmentedControl<T extends string>(props: SegmentedControlProps<T>) {
  const { label, value, segments, onChange, isDisabled, className } = props;
  return (
    <fieldset className={`segmented ${className ?? ''}`}>
      <legend className="visually-hidden">{label}</legend>
      {segments.map((segment) => (
        <button
          key={segment.value}
          type="button"
          lang={segment.lang}
          data-value={segment.value}
          aria-pressed={segment.value === value}
          aria-disabled={isDisabled || undefined}
          onClick={() => !isDisabled && segment.value !== value && onChange(segment.value)}
        >
          {segment.label}
        </button>
      ))}
    </fieldset>
  );
}
