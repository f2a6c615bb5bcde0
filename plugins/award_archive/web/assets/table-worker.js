// The table's data (table_data.py) fetched and parsed off the page's main thread: parsing
// 1.8 MB of JSON (10,000 rows) is a long task on a phone, and a page's main thread must
// stay free for the reader. table.js starts it (new Worker) and gets the data back piece
// by piece, each message a short task there: first everything but the columns, then each
// column, the integer ones as typed arrays handed over without a copy.
"use strict";
self.onmessage = function (event) {
  fetch(event.data.src)
    .then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.text();
    })
    .then(function (text) {
      var data = JSON.parse(text);
      var columns = data.col;
      data.col = {};
      self.postMessage({ head: data });
      Object.keys(columns).forEach(function (name) {
        var values = columns[name];
        // (authors stays an array: the page slices it into each row's list of codes)
        var ints = name !== "authors" && values.length > 0 && values.every(function (v) { return typeof v === "number" && (v | 0) === v; });
        if (ints) {
          var packed = Int32Array.from(values);
          self.postMessage({ col: name, values: packed }, [packed.buffer]);
        } else {
          self.postMessage({ col: name, values: values });
        }
      });
      self.postMessage({ done: true });
    })
    .catch(function (error) { self.postMessage({ error: String(error) }); });
};
