package main

import "syscall"

// childAttr makes the servers the benchmark starts die with it, even when it is killed.
func childAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} }
