package main

import (
	"context"
	"errors"
	"io"

	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/config"
)

func createUser(ctx context.Context, cfg config.Config, log zerolog.Logger, args []string, stdin io.Reader) error {
	return errors.New("create-user: not yet available")
}
