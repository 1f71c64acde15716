package playground

import "io/fs"

// Assets returns the embedded files, for the tests of package playground_test.
func Assets() fs.FS {
	sub, err := fs.Sub(assetsFS, "assets")
	if err != nil {
		panic(err)
	}
	return sub
}
