// The rich text editor of /editor/piece (Quill inside PrimeFaces' p:textEditor) is a contenteditable div: give it a
// role and the field's label, so screen readers announce it as the text field it is.
(function () {
    function labelEditors() {
        document.querySelectorAll('[data-label-id]').forEach(function (wrapper) {
            var editable = wrapper.querySelector('.ql-editor');
            if (editable && !editable.hasAttribute('aria-labelledby')) {
                editable.setAttribute('role', 'textbox');
                editable.setAttribute('aria-multiline', 'true');
                editable.setAttribute('aria-labelledby', wrapper.getAttribute('data-label-id'));
                var described = wrapper.getAttribute('data-described-by');
                if (described) {
                    editable.setAttribute('aria-describedby', described);
                }
            }
        });
    }
    if (document.readyState === 'complete') {
        labelEditors();
    } else {
        window.addEventListener('load', labelEditors);
    }
})();
