/**
 * Contract diff: compares two versions of a model's request contract (normalised schema plus
 * endpoint) and classifies every change from the point of view of a caller whose code sends requests
 * that used to be valid. {@link io.github.oxencodegen.diff.ContractDiffer} compares,
 * {@link io.github.oxencodegen.diff.ContractReport} renders, {@link io.github.oxencodegen.diff.FailOn}
 * decides whether a build fails.
 *
 * <h2>Classification</h2>
 * <table>
 *   <caption>How each change is classified</caption>
 *   <tr><th>keyword</th><th>breaking</th><th>compatible</th><th>cosmetic</th></tr>
 *   <tr><td>endpoint</td><td>changed</td><td></td><td>stated on one side only</td></tr>
 *   <tr><td>properties</td><td>property removed; new required property</td><td>new optional property</td><td>reordered</td></tr>
 *   <tr><td>properties (a property removed, a similar one added)</td><td>probable rename, with both pointers (one change; see {@code RenamePairing})</td><td></td><td></td></tr>
 *   <tr><td>required</td><td>property becomes required</td><td>becomes optional</td><td></td></tr>
 *   <tr><td>type</td><td>a type no longer accepted ({@code ["string","null"]} to {@code "string"})</td><td>types only added</td><td></td></tr>
 *   <tr><td>enum, const</td><td>value removed; enum or const added or changed</td><td>value added; enum or const removed</td><td>values reordered</td></tr>
 *   <tr><td>minimum, exclusiveMinimum, minLength, minItems, minProperties</td><td>added or raised</td><td>removed or lowered</td><td></td></tr>
 *   <tr><td>maximum, exclusiveMaximum, maxLength, maxItems, maxProperties</td><td>added or lowered</td><td>removed or raised</td><td></td></tr>
 *   <tr><td>multipleOf</td><td>added, or changed to a step the old one is not a multiple of</td><td>removed, or changed to a divisor</td><td></td></tr>
 *   <tr><td>pattern, format</td><td>added or changed</td><td>removed; format widened (uri to uri-reference)</td><td></td></tr>
 *   <tr><td>uniqueItems, contains</td><td>added</td><td>removed</td><td></td></tr>
 *   <tr><td>additionalProperties</td><td>closed ({@code false}); a schema that accepts less</td><td>opened; a schema that accepts more</td><td></td></tr>
 *   <tr><td>items, additionalItems, patternProperties, propertyNames</td><td colspan="3">compared as schemas, position by position for tuples</td></tr>
 *   <tr><td>dependencies</td><td>a property newly required when another is sent; a schema dependency that accepts less</td><td>the reverse</td><td></td></tr>
 *   <tr><td>allOf</td><td>rule added</td><td>rule removed</td><td></td></tr>
 *   <tr><td>anyOf</td><td>added; alternative removed</td><td>removed; alternative added</td><td></td></tr>
 *   <tr><td>oneOf</td><td>added; any alternative added, removed or changed (conservative)</td><td>removed</td><td></td></tr>
 *   <tr><td>not</td><td>added; any change inside (conservative)</td><td>removed</td><td></td></tr>
 *   <tr><td>if/then/else</td><td>rule added; any change to {@code if} (conservative); then/else accepting less</td><td>rule removed; then/else accepting more</td><td></td></tr>
 *   <tr><td>x-media-references</td><td>group added (the validator starts checking "Image n" against the item count); pattern changed (conservative)</td><td>group removed</td><td></td></tr>
 *   <tr><td>default</td><td></td><td>added, removed or changed (behaviour changes although code compiles)</td><td></td></tr>
 *   <tr><td>title, description, x-order, basic, other x-* keys, other annotations</td><td></td><td></td><td>any change</td></tr>
 *   <tr><td>nullable, dependentRequired, dependentSchemas (normalised away first), the registry's
 *       unsupported keywords, any keyword not in the registry</td><td>any change (conservative: the diff cannot read it)</td><td></td><td></td></tr>
 * </table>
 *
 * <h2>Rules of reading</h2>
 * <ul>
 *   <li>A limit added to a schema that admitted finitely many values (an {@code enum} or {@code const})
 *       is compatible when every one of those values passes it: {@code duration} going from
 *       {@code enum [5, 10]} to the range 2 to 15 rejects nothing sent before.</li>
 *   <li>Keywords for a kind of value one side does not admit are not compared: when {@code input_image}
 *       turns from a string into an array, the type change is reported, not the string keywords it lost.</li>
 *   <li>Each keyword's rule is chosen in {@code KeywordRules} by its row of the
 *       {@link io.github.oxencodegen.schema.Keyword} registry, which also says which kind of value it
 *       constrains.</li>
 *   <li>Local {@code $ref}s are followed on each side by {@link io.github.oxencodegen.schema.RefResolver}
 *       (one that cannot be followed is a conservative, breaking "reference-changed"), so a changed
 *       definition is reported at every place that uses it ({@link io.github.oxencodegen.diff.Change#instancePath()}), pointing into the
 *       definition; a cycle is followed once. Unused definitions are not compared.</li>
 *   <li>Where a schema declares fields, a property removed while one of a compatible type with a similar
 *       name, or the same description or title, is added is one breaking {@code property-renamed} change
 *       carrying both pointers ({@link io.github.oxencodegen.diff.Change#renamedFrom()}), and the two
 *       property schemas are compared with each other; the rules are in {@code NameMatch} and
 *       {@code RenamePairing}.</li>
 *   <li>Inside a combinator, condition or dependency branch, {@code properties} limits fields declared
 *       elsewhere, so a property missing on one side reads as {@code true} instead of "removed".</li>
 *   <li>Where no change can be proved to loosen (inside {@code if}, {@code not}, a {@code oneOf}
 *       branch), every validation change is breaking and its message says "conservative".</li>
 *   <li>A change's kind names the edit ({@code maximum-added}); its severity is the effect, which
 *       context can decide (the finite-values rule, a conservative place).</li>
 * </ul>
 */
package io.github.oxencodegen.diff;
