// Validates a FHIR R4 bundle with FHIR.js (the npm "fhir" package), an
// independent validator, plus two checks it leaves out: every reference
// inside the bundle resolves, and every date and dateTime has the form the
// FHIR R4 datatypes page gives. Prints a JSON summary; exit 0 when there is
// no error, 1 otherwise.
// Usage: node fhir_validate.js NODE_MODULES_DIR BUNDLE.json
const path = require('path');
const fs = require('fs');
const { Fhir } = require(path.join(process.argv[2], 'fhir'));

const bundle = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const result = new Fhir().validate(bundle, { errorOnUnexpected: true });
const errors = result.messages.filter((m) => m.severity === 'error');

// FHIR R4 dateTime: YYYY, YYYY-MM, YYYY-MM-DD or with a time and a zone.
const dateTime = /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const urls = new Set((bundle.entry || []).map((e) => e.fullUrl));
const walk = (value, where, containedIds) => {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${where}[${i}]`, containedIds));
  } else if (value && typeof value === 'object') {
    const ids = value.contained ? new Set(value.contained.map((c) => '#' + c.id)) : containedIds;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'reference' && typeof item === 'string' && !urls.has(item) && !(ids && ids.has(item)))
        errors.push({ location: where, message: `reference ${item} does not resolve` });
      if (/(DateTime|^date|^birthDate|^start|^end|^timestamp|^dateAsserted)$/.test(key) &&
          typeof item === 'string' && !dateTime.test(item))
        errors.push({ location: `${where}.${key}`, message: `"${item}" is not a FHIR dateTime` });
      walk(item, `${where}.${key}`, ids);
    }
  }
};
walk(bundle, 'Bundle', null);
console.log(JSON.stringify({
  valid: result.valid && errors.length === 0,
  errors: errors.length,
  warnings: result.messages.filter((m) => m.severity === 'warning').length,
  entries: (bundle.entry || []).length,
  first: errors.slice(0, 10),
}));
process.exit(errors.length === 0 && result.valid ? 0 : 1);
