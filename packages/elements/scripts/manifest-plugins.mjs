// Analyzer plugins that make the manifest say what the elements really offer a page.

/** Decorators whose fields are the element's own state, not its API. */
const internalDecorators = new Set(['state', 'query', 'queryAll', 'queryAsync', 'queryAssignedElements', 'consume', 'provide']);

function decoratorNames(ts, member) {
  return (ts.getDecorators?.(member) ?? [])
    .map((decorator) => decorator.expression)
    .map((expression) => (ts.isCallExpression(expression) ? expression.expression : expression))
    .filter((expression) => ts.isIdentifier(expression))
    .map((identifier) => identifier.text);
}

/** The names `static properties = { name: { state: true } }` declares as internal state. */
function statePropertyNames(ts, node) {
  const names = new Set();
  for (const member of node.members) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
    for (const property of member.initializer.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const state = property.initializer.properties.some(
        (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (state) names.add(property.name.getText());
    }
  }
  return names;
}

/**
 * Lit's internal reactive state (`@state()`, or `state: true` in `static properties`), `@query()`
 * and the context decorators mark a field as the element's own: it is rendered from, never set
 * by a page. The manifest marks such fields private.
 */
export function internalFieldsPlugin() {
  return {
    name: 'foyer-internal-fields',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      const stateNames = statePropertyNames(ts, node);
      for (const member of node.members) {
        if (!member.name) continue;
        const name = member.name.getText();
        if (!stateNames.has(name) && !decoratorNames(ts, member).some((decorator) => internalDecorators.has(decorator))) continue;
        for (const field of declaration?.members?.filter((m) => m.name === name) ?? []) {
          field.privacy = 'private';
          // State has no attribute, whatever the analyzer guesses from its name.
          if (stateNames.has(name)) delete field.attribute;
        }
      }
      if (declaration?.attributes) declaration.attributes = declaration.attributes.filter((a) => !stateNames.has(a.fieldName));
    },
  };
}

/**
 * An event class's fields are its constructor's `readonly` parameters (`readonly galleryId`),
 * which the analyzer leaves out; they are what a listener reads, so they become fields.
 */
export function parameterPropertiesPlugin() {
  return {
    name: 'foyer-parameter-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      const classConstructor = node.members.find((member) => ts.isConstructorDeclaration(member));
      if (!declaration || !classConstructor) return;
      for (const parameter of classConstructor.parameters) {
        const modifiers = parameter.modifiers ?? [];
        if (!modifiers.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword || m.kind === ts.SyntaxKind.PublicKeyword)) continue;
        if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
        declaration.members ??= [];
        declaration.members.push({
          kind: 'field',
          name: parameter.name.getText(),
          ...(parameter.type ? { type: { text: parameter.type.getText() } } : {}),
          ...(modifiers.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ? { readonly: true } : {}),
        });
      }
    },
  };
}

/**
 * The JSDoc `@event` lines are the events an element fires. The analyzer also guesses events
 * from `dispatchEvent(new SomeEvent(arg))`, naming them after the first argument; those
 * guesses go, and each declared event gets the class whose `static eventName` is its name
 * (`Event` for a native one), so typed listeners know what they receive.
 */
export function declaredEventsPlugin() {
  return {
    name: 'foyer-declared-events',
    packageLinkPhase({ customElementsManifest }) {
      const eventClasses = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const eventName = declaration.members?.find((m) => m.static && m.name === 'eventName')?.default;
          if (eventName) eventClasses.set(eventName.replace(/^['"]|['"]$/g, ''), declaration.name);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          declaration.events = declaration.events
            .filter((event) => event.name && event.description)
            .map((event) => ({ ...event, type: { text: eventClasses.get(event.name) ?? event.type?.text ?? 'Event' } }));
        }
      }
    },
  };
}
