import type { ChartEvents } from '../../charts/chart';
import type { ListGroup } from '../../charts/options/types';

interface Props {
  groups: readonly ListGroup[];
  label: string;
  onHover?: ChartEvents['onHover'];
  onSelect?: ChartEvents['onClick'];
  onOpen?: (id: string) => void;
}

/** The themes as a list (phones): each thread, then its developments; a tap opens one. */
export function ThemeList({ groups, label, onHover, onSelect, onOpen }: Props) {
  return (
    <div className="theme-list" role="group" aria-label={label}>
      {groups.map((g) => (
        <section key={g.entity.id} className="theme-list__group">
          <h4 className="theme-list__thread">
            <span className="swatch" style={{ background: g.colour }} aria-hidden="true" />
            <button
              type="button"
              className="link-button"
              onClick={() => onSelect?.({ entity: g.entity })}
            >
              {g.title}
            </button>
          </h4>
          <ul>
            {g.items.map((item) => (
              <li key={item.id} className={item.dim ? 'theme-list__item--dim' : undefined}>
                <button
                  type="button"
                  className="theme-list__item"
                  onClick={() => onOpen?.(item.id)}
                  onFocus={() => onHover?.(item.entity)}
                  onBlur={() => onHover?.(null)}
                >
                  <span className="theme-list__label">{item.label}</span>
                  <span className="theme-list__detail">{item.detail}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
