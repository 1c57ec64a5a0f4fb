# The cgi fork server of one function (see CgiForkServer.java): started ahead of requests with
# ARGV = SOCKET USER GROUP STDERR_AS_STDOUT -- EXEC..., it binds SOCKET as root (0600), drops to
# USER/GROUP when given, and forks a child per connection. The child takes the connection as its
# stdin and stdout, writes its pid, reads "LENGTH\n" and that many bytes of NAME=VALUE\0 pairs,
# the whole environment, and execs the script; the rest of the connection is the body.
use strict;
use Socket;
my ($path, $user, $group, $merge, $dashes, @exec) = @ARGV;
die "usage: SOCKET USER GROUP STDERR_AS_STDOUT -- EXEC...\n" unless defined $dashes && $dashes eq '--' && @exec;
umask 077;
socket(my $server, PF_UNIX, SOCK_STREAM, 0) or die "socket: $!\n";
unlink $path;
bind($server, pack_sockaddr_un($path)) or die "cannot bind $path: $!\n";
listen($server, 256) or die "listen: $!\n";
if ($group ne '') {
    my $gid = getgrnam($group) // die "no group '$group'\n";
    $) = "$gid $gid"; $( = $gid;
}
if ($user ne '') {
    my ($uid, $gid) = (getpwnam($user))[2, 3];
    die "no user '$user'\n" unless defined $uid;
    if ($group eq '') { $) = "$gid $gid"; $( = $gid; }
    $< = $> = $uid;
    die "cannot become '$user'\n" unless $> == $uid && $< == $uid;
}
$SIG{CHLD} = 'IGNORE';
my $parent = getppid();
while (getppid() == $parent) {
    my $ready = '';
    vec($ready, fileno($server), 1) = 1;
    next unless select($ready, undef, undef, 1) > 0;
    accept(my $client, $server) or next;
    my $pid = fork();
    if (defined $pid && $pid == 0) {
        close $server;
        $SIG{CHLD} = 'DEFAULT';
        open(STDIN, '<&', $client) or exit 126;
        open(STDOUT, '>&', $client) or exit 126;
        if ($merge) { open(STDERR, '>&', $client) or exit 126; }
        close $client;
        syswrite(STDOUT, "$$\n");
        my ($length, $c) = ('', '');
        while (sysread(STDIN, $c, 1) == 1 && $c ne "\n") { $length .= $c; }
        exit 125 unless $length =~ /^\d+$/;
        my $block = '';
        while (length($block) < $length) {
            sysread(STDIN, $block, $length - length($block), length($block)) or exit 125;
        }
        %ENV = map { split /=/, $_, 2 } grep { length } split /\0/, $block;
        exec { $exec[0] } @exec;
        print STDERR "cannot run $exec[0]: $!\n";
        exit 127;
    }
    close $client;
}
