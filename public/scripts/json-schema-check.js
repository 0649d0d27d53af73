/*
 * A small JSON Schema checker for the words the portal's generated schemas use (type, properties,
 * required, additionalProperties, enum, pattern, minLength, minItems, items, anyOf, format date and
 * uri). A classic script, so it runs from the offline archive; it holds no rule of its own: the
 * rules come from the schema generated from the data contract (src/domain/schema/assessment-json-schema.ts).
 * CK57_checkJsonSchema(schema, value) returns [{ path, keyword, found, values? }], empty when valid.
 */
(function (root) {
  function realDate(value) {
    var parts = value.split('-').map(Number);
    var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    return date.getUTCFullYear() === parts[0] && date.getUTCMonth() === parts[1] - 1 && date.getUTCDate() === parts[2];
  }
  function parsesAsUrl(value) {
    try {
      new URL(value);
      return true;
    } catch (e) {
      return false;
    }
  }
  function typeOf(value) {
    if (Array.isArray(value)) return 'array';
    if (value === null) return 'null';
    return typeof value;
  }
  function check(schema, value, path, problems) {
    var at = function (keyword, extra) {
      var problem = { path: path, keyword: keyword, found: value };
      if (extra) for (var k in extra) problem[k] = extra[k];
      problems.push(problem);
    };
    if (schema.anyOf) {
      var best = null;
      for (var i = 0; i < schema.anyOf.length; i += 1) {
        var tried = [];
        check(schema.anyOf[i], value, path, tried);
        if (tried.length === 0) return;
        if (best === null || tried.length < best.length) best = tried;
      }
      Array.prototype.push.apply(problems, best);
      return;
    }
    if (schema.type && schema.type !== typeOf(value)) return at('type', { expected: schema.type });
    if (schema.enum && schema.enum.indexOf(value) < 0) return at('enum', { values: schema.enum });
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) return at('minLength');
      if (schema.pattern && !new RegExp(schema.pattern).test(value))
        return at(schema.format === 'date' || schema.format === 'uri' ? schema.format : 'pattern');
      if (schema.format === 'date' && !realDate(value)) return at('date');
      if (schema.format === 'uri' && !parsesAsUrl(value)) return at('uri');
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) return at('minItems');
      if (schema.items)
        value.forEach(function (item, n) {
          check(schema.items, item, path + '[' + n + ']', problems);
        });
    }
    if (typeOf(value) === 'object') {
      var properties = schema.properties || {};
      (schema.required || []).forEach(function (key) {
        if (!(key in value)) problems.push({ path: path ? path + '.' + key : key, keyword: 'required', found: undefined });
      });
      Object.keys(value).forEach(function (key) {
        var where = path ? path + '.' + key : key;
        if (properties[key]) check(properties[key], value[key], where, problems);
        else if (schema.additionalProperties === false) problems.push({ path: where, keyword: 'additionalProperties', found: value[key] });
      });
    }
  }
  root.CK57_checkJsonSchema = function (schema, value) {
    var problems = [];
    check(schema, value, '', problems);
    return problems;
  };
})(typeof window !== 'undefined' ? window : globalThis);
