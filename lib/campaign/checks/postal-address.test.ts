import { describe, expect, test } from 'vitest';
import { page, result } from '../test-helpers';

const postal = (html: string, esp = 'auto') => result(html, 'postal-address', { esp });

describe('literal postal addresses', () => {
  test.each([
    ['US', 'Example Co<br>123 Main Street<br>Springfield, IL 62701'],
    ['US suite', 'Example Co, 1600 N. Example Ave, Suite 200, Anytown, CA 94105-1234'],
    ['CA', 'Example Ltd<br>500 King Street West<br>Toronto, ON M5V 1L9'],
    ['UK', 'Example Ltd, 10 Downing Close, London SW1A 2AA'],
    ['DE', 'Beispiel GmbH<br>Musterstraße 12<br>10115 Berlin'],
    ['FR', 'Exemple SAS, 12 rue de la Paix, 75002 Paris'],
    ['ES', 'Ejemplo S.L., Calle Mayor, 12, 28013 Madrid'],
    ['IT', 'Esempio S.r.l., Via Roma 1, 00184 Roma RM'],
    ['NL', 'Voorbeeld B.V., Keizersgracht 123, 1015 CJ Amsterdam'],
    ['AU', 'Example Pty Ltd, Level 5, 123 George Street, Sydney NSW 2000'],
    ['PO box', 'Example Co, PO Box 1234, Springfield, IL 62701'],
    ['private mailbox', 'Example Co, PMB 456, Springfield, IL 62701'],
  ])('%s format passes', (_name, address) => {
    const r = postal(page(`<p>${address}</p>`));
    expect(r.status, r.evidence).toBe('pass');
  });

  test('a street line alone is incomplete', () => {
    const r = postal(page('<p>[Company Name, LLC]<br>1234 Street Rd.<br>Suite 1234</p>'));
    expect(r.status).toBe('warn');
    expect(r.reason).toBe('street-only');
  });

  test("the recipient's shipping address is not the sender's", () => {
    const r = postal(page('<p><strong>Shipping address</strong><br>Pat Example<br>42 Elm Street<br>Springfield, IL 62701</p>'));
    expect(r.status).toBe('warn');
    expect(r.reason).toBe('recipient-only');
  });

  test('recipient address merge tags alone are not the sender address', () => {
    expect(postal(page('<p>Ship to: {{address01}} {{city}}, {{state}} {{zip}}</p>')).reason).toBe('recipient-only');
    expect(postal(page('<p>{{ person.address }}</p>'), 'klaviyo').reason).toBe('recipient-only');
  });

  test('a sender address after a shipping block still counts', () => {
    const html = page(
      '<p>Shipping address<br>42 Elm Street<br>Springfield, IL 62701</p>' +
        '<p>' +
        'Lorem ipsum dolor sit amet. '.repeat(10) +
        '</p><p>Example Co, 1 Market Street, Springfield, IL 62702</p>',
    );
    expect(postal(html).status).toBe('pass');
  });

  test('no address: Mailchimp warns (its footer adds one), listmonk fails', () => {
    expect(postal(page('<p>Hi</p>'), 'mailchimp').status).toBe('warn');
    expect(postal(page('<p>Hi</p>'), 'listmonk').status).toBe('fail');
  });

  test('an address tag hidden from the reader fails', () => {
    const r = postal(page('<div style="display:none">*|HTML:LIST_ADDRESS_HTML|*</div>'), 'mailchimp');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('hidden');
  });

  test('numbers and prices are not addresses', () => {
    expect(postal(page('<p>Order 12345 ships in 3 days. Save 20% on 2 Items Total 49.99</p>')).reason).toBe('missing');
  });

  test('evidence never repeats the address', () => {
    expect(postal(page('<p>Example Co, 123 Main Street, Springfield, IL 62701</p>')).evidence).not.toMatch(/Main|62701/);
  });
});
