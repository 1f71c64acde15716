package main

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// bytesPerScale is what one unit of scale takes in PostgreSQL, tables and indexes, before the
// benchmark has measured it: 234 MB at scale 1 on PostgreSQL 15, rounded up. A growth run replaces
// it with what its database has grown by so far.
const bytesPerScale = 300 << 20

// diskHeadroom is kept free beyond the data a load adds: the write-ahead log up to max_wal_size
// (1 GB by default) and the temporary files of the load's sorts.
const diskHeadroom = 2 << 30

// diskNeed is the free space a load of scales more units needs, at perScale bytes a unit.
func diskNeed(scales, perScale float64) uint64 {
	return uint64(scales*perScale) + diskHeadroom
}

// checkDisk refuses a load that needs more than the free space of the disk of PostgreSQL's data
// directory dir, naming both.
func checkDisk(what string, need, free uint64, dir string) error {
	if need <= free {
		return nil
	}
	return fmt.Errorf("loading %s needs about %s free on the disk of PostgreSQL's data directory (%s), with %s of headroom "+
		"for the write-ahead log and sorts; %s is free: choose a smaller scale or free some space", what, bytesText(need), dir,
		bytesText(diskHeadroom), bytesText(free))
}

// bytesText writes a size in GB or MB (powers of 1024).
func bytesText(n uint64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
}

// diskSpace is the free space of the disk that holds PostgreSQL's data, where the benchmark can
// see it.
type diskSpace struct {
	dir  string // the data directory
	free uint64
	// unknown says why the free space could not be read (a server on another machine, a role
	// that may not read data_directory); "" when it was.
	unknown string
}

// dataDiskSpace reads the free space of PostgreSQL's data directory: the server's data_directory
// setting, looked up on this machine's file system when the server is on this machine.
func dataDiskSpace(ctx context.Context, db *sql.DB, serverURL string) diskSpace {
	if !onThisMachine(serverURL) {
		return diskSpace{unknown: "the PostgreSQL server is on another machine"}
	}
	var d diskSpace
	if err := db.QueryRowContext(ctx, `SHOW data_directory`).Scan(&d.dir); err != nil {
		d.unknown = fmt.Sprintf("PostgreSQL does not show its data directory to this role (%v)", err)
		return d
	}
	free, err := freeBytes(d.dir)
	if err != nil {
		d.unknown = fmt.Sprintf("the free space of %s cannot be read (%v)", d.dir, err)
		return d
	}
	d.free = free
	return d
}

// check refuses a load of scales more units at perScale bytes a unit that would not fit; it
// prints why it cannot tell, and lets the load go, when the free space is unknown.
func (d diskSpace) check(what string, scales, perScale float64) error {
	if d.unknown != "" {
		fmt.Printf("  the free disk space is not checked: %s\n", d.unknown)
		return nil
	}
	return checkDisk(what, diskNeed(scales, perScale), d.free, d.dir)
}

// onThisMachine reports whether a PostgreSQL URL names a server on this machine: a loopback
// address, localhost, a Unix socket, or no host at all (lib/pq's default, localhost).
func onThisMachine(serverURL string) bool {
	u, err := url.Parse(serverURL)
	if err != nil {
		return false
	}
	host := u.Hostname()
	if h := u.Query().Get("host"); h != "" {
		host = h
	}
	if host == "" || host == "localhost" || strings.HasPrefix(host, "/") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// databaseBytes is the size of the database of db on disk.
func databaseBytes(ctx context.Context, db *sql.DB) (uint64, error) {
	var n int64
	err := db.QueryRowContext(ctx, `SELECT pg_database_size(current_database())`).Scan(&n)
	return uint64(n), err
}
