package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"
)

func newServe(a *app) *cobra.Command {
	var dir, addr string
	cmd := &cobra.Command{
		Use:   "serve [--dir site] [--addr 127.0.0.1:8080]",
		Short: "Serve the dashboard site over HTTP (loopback only by default)",
		Long: `serve serves the static site directory and nothing else. It binds 127.0.0.1 by
default so the pages stay on this machine; give --addr 0.0.0.0:8080 to share them.`,
		Example: `  kinerja serve
  kinerja serve --dir /var/www/kinerja --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return fmt.Errorf("no site at %s: run `kinerja dashboards --out %s` first", dir, dir)
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.out, "serving %s at http://%s/ (Ctrl-C stops)\n", dir, ln.Addr())
			return serveSite(cmd.Context(), ln, dir)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "site", "site directory")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	return cmd
}

// serveSite serves dir on ln until ctx ends. http.FileServer on an http.Dir
// does not serve outside dir (it cleans the path and rejects ".."); siteFS
// also refuses symlinks that lead outside it.
func serveSite(ctx context.Context, ln net.Listener, dir string) error {
	srv := &http.Server{Handler: http.FileServer(siteFS{root: dir}), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
