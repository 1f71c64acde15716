package export_test

import (
	"testing"

	"github.com/teleworkmonth/platform/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
