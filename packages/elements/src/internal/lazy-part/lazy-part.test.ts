import { expect } from '@open-wc/testing';
import { LazyPart } from './lazy-part.js';

describe('LazyPart', () => {
  it('fetches its module once, however many ask at once, and keeps it', async () => {
    let fetches = 0;
    const part = new LazyPart(async () => {
      fetches += 1;
      return { value: 42 };
    });
    expect(part.module).to.equal(undefined);
    const [a, b] = await Promise.all([part.get(), part.get()]);
    part.prefetch();
    expect(a).to.equal(b);
    expect(part.module).to.equal(a);
    expect(await part.get()).to.equal(a);
    expect(fetches).to.equal(1);
  });

  it('tries again after a failed fetch, and a prefetch that fails says nothing', async () => {
    let fetches = 0;
    const part = new LazyPart(async () => {
      fetches += 1;
      if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { value: fetches };
    });
    part.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(part.module).to.equal(undefined);
    expect((await part.get()).value).to.equal(2);
    expect(part.module?.value).to.equal(2);
  });
});
