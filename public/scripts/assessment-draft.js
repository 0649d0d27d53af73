/*
 * The assessment drafting page: build the file from the form, check it against the schema the
 * page carries (generated from the data contract) with CK57_checkJsonSchema, then download it as
 * <id>.json for content/assessments/. A classic script, so it runs from the offline archive too.
 */
(function () {
  var form = document.querySelector('form[data-draft-form]');
  var schemaNode = document.getElementById('assessment-schema');
  if (!form || !schemaNode || !window.CK57_checkJsonSchema) return;
  var schema = JSON.parse(schemaNode.textContent);
  var result = document.querySelector('[data-draft-result]');
  var output = document.querySelector('[data-draft-output]');
  var note = document.querySelector('[data-needs-js]');
  if (note) note.hidden = true;
  var dateInput = form.elements.namedItem('date');
  if (!dateInput.value) {
    var now = new Date();
    dateInput.value = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }
  var second = form.getAttribute('data-second');
  // A task page's "Draft an assessment" link names its task.
  var asked = new URLSearchParams(location.search).get('task');
  if (asked) form.elements.namedItem('task').value = asked;

  function value(name) {
    var field = form.elements.namedItem(name);
    return field ? field.value.trim() : '';
  }
  function texts(prefix) {
    var out = { vi: value(prefix + '.vi') };
    var other = value(prefix + '.' + second);
    if (other) out[second] = other;
    return out;
  }
  function build() {
    var task = value('task');
    var date = value('date');
    var evidence = { url: value('evidence.url'), publisher: value('evidence.publisher') };
    if (value('evidence.title')) evidence.title = value('evidence.title');
    return {
      $schema: '../../.astro/collections/assessments.schema.json',
      id: task + '-assessed-' + date,
      task: task,
      organisation: texts('organisation'),
      date: date,
      assessment: value('assessment'),
      comment: texts('comment'),
      evidence: [evidence],
    };
  }
  function message(problem) {
    var text = form.getAttribute('data-err-' + problem.keyword.toLowerCase()) || form.getAttribute('data-err-other');
    if (problem.values) text = text.replace('{{values}}', problem.values.join(', '));
    var found = problem.found === undefined || problem.found === '' ? '' : '; "' + String(problem.found) + '"';
    return problem.path + ' › ' + text + found;
  }
  function show(lines, heading) {
    result.textContent = '';
    var p = document.createElement('p');
    p.textContent = heading;
    result.appendChild(p);
    if (!lines.length) return;
    var list = document.createElement('ul');
    lines.forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      list.appendChild(li);
    });
    result.appendChild(list);
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = build();
    var problems = window.CK57_checkJsonSchema(schema, file);
    // The id is made from the task and the date: report those fields, not the id built from them.
    var others = problems.filter(function (p) {
      return p.path !== 'id';
    });
    if (others.length) problems = others;
    if (problems.length) {
      result.setAttribute('data-state', 'problems');
      show(problems.map(message), form.getAttribute('data-problems'));
      return;
    }
    var text = JSON.stringify(file, null, 2) + '\n';
    output.textContent = text;
    var name = file.id + '.json';
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    result.setAttribute('data-state', 'ok');
    show([], form.getAttribute('data-ok').replace('{{file}}', name));
  });
})();
