;;; test.el --- headless Emacs + eglot test of the agentmd setup in docs/editors.md  -*- lexical-binding: t -*-
;;
;; Run by e2e/editors/run.sh as `emacs --batch -l test.el' with AGENTMD_EGLOT_BLOCK (the
;; eglot block copied out of docs/editors.md), PROJECT (a copy of e2e/editors/project), OUT_FILE
;; and WAIT_MS set.  No -Q: Debian's elpa packages (eglot, markdown-mode) are found through the
;; site start files.  Every wait polls with a deadline; the outer `timeout' is the backstop.

(require 'cl-lib)
(require 'subr-x)

(defvar agentmd-test-failures 0)
(defvar agentmd-test-start (float-time))
(defvar agentmd-test-out (getenv "OUT_FILE"))
(defvar agentmd-test-wait (/ (string-to-number (or (getenv "WAIT_MS") "30000")) 1000.0))

(defun agentmd-test-log (format-string &rest args)
  (let ((line (format "[%6.0fms] %s\n" (* 1000 (- (float-time) agentmd-test-start))
                      (apply #'format format-string args))))
    (write-region line nil agentmd-test-out 'append 'silent)))

(defun agentmd-test-check (ok what)
  (agentmd-test-log "%s%s" (if ok "ok   " "FAIL ") what)
  (unless ok (cl-incf agentmd-test-failures))
  ok)

(defun agentmd-test-finish ()
  (agentmd-test-log "done: %d failed check(s)" agentmd-test-failures)
  (kill-emacs (if (zerop agentmd-test-failures) 0 1)))

(defun agentmd-test-wait (predicate)
  "Poll PREDICATE while Emacs reads process output; its value, or nil at the deadline."
  (let ((deadline (+ (float-time) agentmd-test-wait)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun agentmd-test-visit (file)
  "Visit FILE as `C-x C-f' would, including the end of the command (post-command-hook)."
  (let ((buffer (find-file-noselect file)))
    (set-buffer buffer)
    ;; eglot-ensure connects from `post-command-hook', which a batch Emacs never runs by itself.
    (run-hooks 'post-command-hook)
    buffer))

(defun agentmd-test-diagnostics (buffer)
  "Flymake's diagnostics in BUFFER as (LINE COLUMN TYPE TEXT), sorted."
  (with-current-buffer buffer
    ;; Flymake starts a check after a command or when a window shows the buffer; batch has
    ;; neither, so ask for one (eglot's backend reports what the server last published).
    (when (and (bound-and-true-p flymake-mode) (null (flymake-diagnostics)))
      (flymake-start))
    (sort (mapcar (lambda (d)
                    (save-excursion
                      (goto-char (flymake-diagnostic-beg d))
                      (list (line-number-at-pos) (1+ (current-column))
                            (flymake-diagnostic-type d) (flymake-diagnostic-text d))))
                  (flymake-diagnostics))
          (lambda (a b) (or (< (car a) (car b)) (and (= (car a) (car b)) (< (cadr a) (cadr b))))))))

(defun agentmd-test-find (diagnostics rule)
  (cl-find-if (lambda (d) (string-match-p (regexp-quote (format "[%s]" rule)) (nth 3 d))) diagnostics))

(defun agentmd-test-main ()
  (package-initialize)
  (load (getenv "AGENTMD_EGLOT_BLOCK") nil 'nomessage)
  (agentmd-test-log "emacs %s, eglot %s" emacs-version
                    (or (ignore-errors (package-desc-version (cadr (assq 'eglot package-alist)))) "?"))
  (let* ((project (getenv "PROJECT"))
         (readme (agentmd-test-visit (expand-file-name "README.md" project)))
         (agent (agentmd-test-visit (expand-file-name ".claude/agents/reviewer.md" project))))
    ;; 1. Modes: only the agent file is in agentmd-mode.
    (agentmd-test-check (eq (buffer-local-value 'major-mode readme) 'markdown-mode)
                        (format "README.md is in markdown-mode (got %s)" (buffer-local-value 'major-mode readme)))
    (agentmd-test-check (eq (buffer-local-value 'major-mode agent) 'agentmd-mode)
                        (format "reviewer.md is in agentmd-mode (got %s)" (buffer-local-value 'major-mode agent)))
    ;; 2. The diagnostics, through Flymake. eglot's settings reach the server through
    ;; workspace/configuration, which may answer after the server first checked the file with its
    ;; defaults; so wait for the configured result (tools/retired an error), and note an interim one.
    (let* ((first nil)
           (diags (agentmd-test-wait
                   (lambda ()
                     (let ((now (agentmd-test-diagnostics agent)))
                       (unless first (setq first now))
                       (and now (eq (nth 2 (agentmd-test-find now "tools/retired")) 'eglot-error) now))))))
      (when (and first (not (equal first diags)))
        (agentmd-test-log "note: first published before the settings applied: %s"
                          (mapconcat (lambda (d) (format "%d:%d %s" (nth 0 d) (nth 1 d) (nth 2 d))) first ", ")))
      (setq diags (or diags (agentmd-test-diagnostics agent)))
      (unless (agentmd-test-check diags "diagnostics arrived for reviewer.md")
        (agentmd-test-log "eglot server: %s" (with-current-buffer agent (eglot-current-server)))
        (agentmd-test-finish))
      (agentmd-test-log "diagnostics: %s"
                        (mapconcat (lambda (d) (apply #'format "%d:%d %s %s" d)) diags " | "))
      (agentmd-test-check (= (length diags) 2) "exactly two diagnostics")
      (let ((unknown (agentmd-test-find diags "schema/unknown-key"))
            (retired (agentmd-test-find diags "tools/retired")))
        (agentmd-test-check (and unknown (equal (butlast unknown) '(4 1 eglot-warning))
                                 (string-match-p "Unknown key `modle`" (nth 3 unknown)))
                            "schema/unknown-key warning at 4:1 for `modle`")
        (agentmd-test-check (and retired (equal (butlast retired) '(5 14 eglot-error))
                                 (string-match-p "`MultiEdit` was merged into `Edit`" (nth 3 retired)))
                            "tools/retired at 5:14 for MultiEdit, an error as the settings say")))
    ;; 3. An edit: `modle: opus' becomes `model: '; the server checks the new text, with the same
    ;; settings (tools/retired still an error).
    (with-current-buffer agent
      (goto-char (point-min))
      (forward-line 3)
      (delete-region (point) (line-end-position))
      (insert "model: ")
      ;; eglot sends the change from an idle timer, and a batch Emacs is never idle.
      (eglot--signal-textDocument/didChange))
    (let ((diags (agentmd-test-wait
                  (lambda ()
                    (let ((now (agentmd-test-diagnostics agent)))
                      (and (agentmd-test-find now "agent/model") now))))))
      (agentmd-test-log "after the edit: %s"
                        (mapconcat (lambda (d) (apply #'format "%d:%d %s %s" d)) diags " | "))
      (agentmd-test-check (and diags (not (agentmd-test-find diags "schema/unknown-key"))
                               (equal (butlast (agentmd-test-find diags "tools/retired")) '(5 14 eglot-error)))
                          "after the edit: agent/model reported, schema/unknown-key gone, tools/retired still an error"))
    ;; 4. One server, for the agent file only.
    (let ((server (with-current-buffer agent (eglot-current-server))))
      (agentmd-test-check (and server (equal (process-command (jsonrpc--process server)) '("agentmd" "lsp")))
                          (format "reviewer.md is managed by `agentmd lsp' (got %s)"
                                  (and server (process-command (jsonrpc--process server)))))
      (agentmd-test-check (null (with-current-buffer readme (eglot-current-server)))
                          "README.md has no eglot server")
      (let* ((helper (agentmd-test-visit (expand-file-name ".claude/agents/helper.md" project)))
             (shared (agentmd-test-wait (lambda () (with-current-buffer helper (eglot-current-server))))))
        (agentmd-test-check (and shared (eq shared server)) "helper.md shares the same server"))
      (let ((servers 0))
        (maphash (lambda (_ list) (cl-incf servers (length list))) eglot--servers-by-project)
        (agentmd-test-check (= servers 1) (format "one eglot server in all (got %d)" servers)))
      ;; 5. Shut it down; eglot waits for the server's answer and its exit.
      (when server
        (eglot-shutdown server)
        (agentmd-test-check (not (process-live-p (jsonrpc--process server))) "the server stopped")))))

(condition-case err
    (agentmd-test-main)
  (error (agentmd-test-check nil (format "no Lisp error: %S" err))))
(agentmd-test-finish)
