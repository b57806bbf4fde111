import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PhoneLines, PhoneLink, PhoneText } from '~/ui/PhoneText';

const links = (container: Element) =>
  [...container.querySelectorAll('a')].map((a) => `${a.textContent} -> ${a.getAttribute('href')}`);

describe('phone numbers in Preact', () => {
  it('PhoneText makes each number in running words a link, and keeps every word', () => {
    const { container } = render(
      <p>
        <PhoneText text="PALS: 01632 960 001, pals@example.nhs.uk. Or Samaritans on 116 123." />
      </p>,
    );
    expect(links(container)).toEqual(['01632 960 001 -> tel:01632960001', '116 123 -> tel:116123']);
    expect(container.textContent).toBe('PALS: 01632 960 001, pals@example.nhs.uk. Or Samaritans on 116 123.');
  });

  it('PhoneLink dials the number and shows its extension beside the link, as words', () => {
    const { container } = render(<PhoneLink written="01632 960 000 ext 56" />);
    expect(links(container)).toEqual(['01632 960 000 -> tel:01632960000']);
    expect(container.textContent).toBe('01632 960 000 ext 56');
  });

  it('PhoneLink leaves words that are not a number as words', () => {
    const { container } = render(<PhoneLink written="Ask at reception" />);
    expect(links(container)).toEqual([]);
    expect(container.textContent).toBe('Ask at reception');
  });

  it('PhoneLines keeps one line under another, each number a link', () => {
    const { container } = render(
      <p>
        <PhoneLines lines={['Rhys Morgan', 'Phone: 01632 960 456', 'Hours: 9am to 5pm']} />
      </p>,
    );
    expect(links(container)).toEqual(['01632 960 456 -> tel:01632960456']);
    expect(container.textContent).toBe('Rhys Morgan\nPhone: 01632 960 456\nHours: 9am to 5pm');
  });

  it('each number reads left to right on a right-to-left page (its groups never come out reversed)', () => {
    const { container } = render(
      <p dir="rtl">
        <PhoneText text="کال کریں 01632 960 001" /> <PhoneLink written="01632 960 000 ext 56" />
      </p>,
    );
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('dir'))).toEqual(['ltr', 'ltr']);
  });
});
