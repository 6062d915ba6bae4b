/**
 * Pagefind's result template (its own "adequate-little-templates" syntax), kept as a string:
 * the `{{ }}` would read as JSX expressions inside an .astro file. Our changes to Pagefind's
 * built-in template: the section path above the title; images left out.
 * Keyboard navigation moves between the <a> elements, as in Pagefind's own template.
 */
export const RESULT_TEMPLATE = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        {{#if meta.section}}<span class="result-path">{{ meta.section }}</span>{{/if}}
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
      </p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;
