import { expect } from '@open-wc/testing';
import { configureFoyerLocales } from '../../localization/localization.js';
import { ticketCount } from './ticket-format.js';

describe('ticket counts', () => {
  it('say a count as exact, as a floor where the server stopped counting, or as an estimate', async () => {
    expect(ticketCount(1, true, 'en')).to.equal('1 ticket');
    expect(ticketCount(2915, true, 'en')).to.equal('2,915 tickets');
    expect(ticketCount(10_000, false, 'en')).to.equal('At least 10,000 tickets');
    expect(ticketCount(16_000, false, 'en', true)).to.equal('About 16,000 tickets');
    const locales = configureFoyerLocales({ initialLocale: 'en' });
    try {
      await locales.setLocale('de');
      expect(ticketCount(16_000, false, 'de', true)).to.equal('Etwa 16.000 Tickets');
    } finally {
      await locales.setLocale('en');
    }
  });
});
