import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';

/** MDX heading components for an entry page: headings keep their level. */
export const entryHeadings = { h2: H2, h3: H3 };

/** For the whole-profile page, where entries sit two levels deeper (section h2, entry h3). */
export const nestedHeadings = { h2: H4, h3: H5 };
