import Claim from '../Claim.astro';
import EditorNote from '../EditorNote.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';

/** The components an entry's MDX may use without importing them. */
const shared = { EditorNote, Claim };

/** For an entry page: headings keep their level. */
export const entryComponents = { h2: H2, h3: H3, ...shared };

/** For the whole-profile page, where entries sit two levels deeper (section h2, entry h3). */
export const nestedComponents = { h2: H4, h3: H5, ...shared };
