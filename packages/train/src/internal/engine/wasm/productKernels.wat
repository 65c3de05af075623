(module
  (type (;0;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;1;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;2;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;3;) (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)))
  (type (;4;) (func (param i32 i32 i32 i32 i32 i32 i32 i32)))
  (func $forward2 (type 0) (param $w i32) (param $wk i32) (param $wu i32) (param $start i32) (param $su i32) (param $x i32) (param $out i32) (param $mask i32) (param $units i32) (param $terms i32) (param $cols i32) (param $stride i32) (param $relu i32) (param $round i32)
    (local $u i32) (local $j i32) (local $colBytes i32) (local $k i32) (local $pw i32) (local $px i32) (local $zero v128) (local $x0 v128) (local $x1 v128) (local $t v128) (local $v v128) (local $acc00 v128) (local $acc01 v128) (local $acc10 v128) (local $acc11 v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $zero
    local.get $cols
    i32.const 3
    i32.shl
    local.set $colBytes
    block  ;; label = @1
      loop  ;; label = @2
        local.get $u
        local.get $units
        i32.ge_u
        br_if 1 (;@1;)
        i32.const 0
        local.set $j
        block  ;; label = @3
          loop  ;; label = @4
            local.get $j
            local.get $colBytes
            i32.ge_u
            br_if 1 (;@3;)
            local.get $start
            v128.load64_splat
            local.set $acc00
            local.get $acc00
            local.set $acc01
            local.get $start
            local.get $su
            i32.add
            v128.load64_splat
            local.set $acc10
            local.get $acc10
            local.set $acc11
            local.get $w
            local.set $pw
            local.get $x
            local.get $j
            i32.add
            local.set $px
            local.get $terms
            local.set $k
            block  ;; label = @5
              loop  ;; label = @6
                local.get $k
                i32.eqz
                br_if 1 (;@5;)
                local.get $px
                v128.load
                local.set $x0
                local.get $px
                v128.load offset=16
                local.set $x1
                local.get $pw
                v128.load64_splat
                local.set $t
                local.get $acc00
                local.get $t
                local.get $x0
                f64x2.mul
                f64x2.add
                local.set $acc00
                local.get $acc01
                local.get $t
                local.get $x1
                f64x2.mul
                f64x2.add
                local.set $acc01
                local.get $pw
                local.get $wu
                i32.add
                v128.load64_splat
                local.set $t
                local.get $acc10
                local.get $t
                local.get $x0
                f64x2.mul
                f64x2.add
                local.set $acc10
                local.get $acc11
                local.get $t
                local.get $x1
                f64x2.mul
                f64x2.add
                local.set $acc11
                local.get $pw
                local.get $wk
                i32.add
                local.set $pw
                local.get $px
                local.get $stride
                i32.add
                local.set $px
                local.get $k
                i32.const 1
                i32.sub
                local.set $k
                br 0 (;@6;)
              end
            end
            local.get $acc00
            local.set $v
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.lt
              v128.andnot
              local.set $v
            end
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store
            local.get $acc01
            local.set $v
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.lt
              v128.andnot
              local.set $v
            end
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store offset=16
            local.get $acc10
            local.set $v
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.lt
              v128.andnot
              local.set $v
            end
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $stride
            i32.add
            local.get $v
            v128.store
            local.get $acc11
            local.set $v
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.lt
              v128.andnot
              local.set $v
            end
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $stride
            i32.add
            local.get $v
            v128.store offset=16
            local.get $j
            i32.const 32
            i32.add
            local.set $j
            br 0 (;@4;)
          end
        end
        local.get $w
        local.get $wu
        i32.const 2
        i32.mul
        i32.add
        local.set $w
        local.get $start
        local.get $su
        i32.const 2
        i32.mul
        i32.add
        local.set $start
        local.get $out
        local.get $stride
        i32.const 2
        i32.mul
        i32.add
        local.set $out
        local.get $mask
        local.get $stride
        i32.const 2
        i32.mul
        i32.add
        local.set $mask
        local.get $u
        i32.const 2
        i32.add
        local.set $u
        br 0 (;@2;)
      end
    end)
  (func $forward1 (type 1) (param $w i32) (param $wk i32) (param $wu i32) (param $start i32) (param $su i32) (param $x i32) (param $out i32) (param $mask i32) (param $units i32) (param $terms i32) (param $cols i32) (param $stride i32) (param $relu i32) (param $round i32)
    (local $u i32) (local $j i32) (local $colBytes i32) (local $k i32) (local $pw i32) (local $px i32) (local $zero v128) (local $x0 v128) (local $x1 v128) (local $t v128) (local $v v128) (local $acc00 v128) (local $acc01 v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $zero
    local.get $cols
    i32.const 3
    i32.shl
    local.set $colBytes
    block  ;; label = @1
      loop  ;; label = @2
        local.get $u
        local.get $units
        i32.ge_u
        br_if 1 (;@1;)
        i32.const 0
        local.set $j
        block  ;; label = @3
          loop  ;; label = @4
            local.get $j
            local.get $colBytes
            i32.ge_u
            br_if 1 (;@3;)
            local.get $start
            v128.load64_splat
            local.set $acc00
            local.get $acc00
            local.set $acc01
            local.get $w
            local.set $pw
            local.get $x
            local.get $j
            i32.add
            local.set $px
            local.get $terms
            local.set $k
            block  ;; label = @5
              loop  ;; label = @6
                local.get $k
                i32.eqz
                br_if 1 (;@5;)
                local.get $px
                v128.load
                local.set $x0
                local.get $px
                v128.load offset=16
                local.set $x1
                local.get $pw
                v128.load64_splat
                local.set $t
                local.get $acc00
                local.get $t
                local.get $x0
                f64x2.mul
                f64x2.add
                local.set $acc00
                local.get $acc01
                local.get $t
                local.get $x1
                f64x2.mul
                f64x2.add
                local.set $acc01
                local.get $pw
                local.get $wk
                i32.add
                local.set $pw
                local.get $px
                local.get $stride
                i32.add
                local.set $px
                local.get $k
                i32.const 1
                i32.sub
                local.set $k
                br 0 (;@6;)
              end
            end
            local.get $acc00
            local.set $v
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.lt
              v128.andnot
              local.set $v
            end
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store
            local.get $acc01
            local.set $v
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.lt
              v128.andnot
              local.set $v
            end
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store offset=16
            local.get $j
            i32.const 32
            i32.add
            local.set $j
            br 0 (;@4;)
          end
        end
        local.get $w
        local.get $wu
        i32.const 1
        i32.mul
        i32.add
        local.set $w
        local.get $start
        local.get $su
        i32.const 1
        i32.mul
        i32.add
        local.set $start
        local.get $out
        local.get $stride
        i32.const 1
        i32.mul
        i32.add
        local.set $out
        local.get $mask
        local.get $stride
        i32.const 1
        i32.mul
        i32.add
        local.set $mask
        local.get $u
        i32.const 1
        i32.add
        local.set $u
        br 0 (;@2;)
      end
    end)
  (func $backward2 (type 2) (param $w i32) (param $wk i32) (param $wu i32) (param $start i32) (param $su i32) (param $x i32) (param $out i32) (param $mask i32) (param $units i32) (param $terms i32) (param $cols i32) (param $stride i32) (param $relu i32) (param $round i32)
    (local $u i32) (local $j i32) (local $colBytes i32) (local $k i32) (local $pw i32) (local $px i32) (local $zero v128) (local $x0 v128) (local $x1 v128) (local $t v128) (local $v v128) (local $acc00 v128) (local $acc01 v128) (local $acc10 v128) (local $acc11 v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $zero
    local.get $cols
    i32.const 3
    i32.shl
    local.set $colBytes
    block  ;; label = @1
      loop  ;; label = @2
        local.get $u
        local.get $units
        i32.ge_u
        br_if 1 (;@1;)
        i32.const 0
        local.set $j
        block  ;; label = @3
          loop  ;; label = @4
            local.get $j
            local.get $colBytes
            i32.ge_u
            br_if 1 (;@3;)
            local.get $start
            v128.load64_splat
            local.set $acc00
            local.get $acc00
            local.set $acc01
            local.get $start
            local.get $su
            i32.add
            v128.load64_splat
            local.set $acc10
            local.get $acc10
            local.set $acc11
            local.get $w
            local.set $pw
            local.get $x
            local.get $j
            i32.add
            local.set $px
            local.get $terms
            local.set $k
            block  ;; label = @5
              loop  ;; label = @6
                local.get $k
                i32.eqz
                br_if 1 (;@5;)
                local.get $px
                v128.load
                local.set $x0
                local.get $px
                v128.load offset=16
                local.set $x1
                local.get $pw
                v128.load64_splat
                local.set $t
                local.get $acc00
                local.get $t
                local.get $x0
                f64x2.mul
                f64x2.add
                local.set $acc00
                local.get $acc01
                local.get $t
                local.get $x1
                f64x2.mul
                f64x2.add
                local.set $acc01
                local.get $pw
                local.get $wu
                i32.add
                v128.load64_splat
                local.set $t
                local.get $acc10
                local.get $t
                local.get $x0
                f64x2.mul
                f64x2.add
                local.set $acc10
                local.get $acc11
                local.get $t
                local.get $x1
                f64x2.mul
                f64x2.add
                local.set $acc11
                local.get $pw
                local.get $wk
                i32.add
                local.set $pw
                local.get $px
                local.get $stride
                i32.add
                local.set $px
                local.get $k
                i32.const 1
                i32.sub
                local.set $k
                br 0 (;@6;)
              end
            end
            local.get $acc00
            local.set $v
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.mul
              local.get $mask
              local.get $j
              i32.add
              v128.load
              local.get $zero
              f64x2.gt
              v128.bitselect
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store
            local.get $acc01
            local.set $v
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.mul
              local.get $mask
              local.get $j
              i32.add
              v128.load offset=16
              local.get $zero
              f64x2.gt
              v128.bitselect
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store offset=16
            local.get $acc10
            local.set $v
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.mul
              local.get $mask
              local.get $j
              i32.add
              local.get $stride
              i32.add
              v128.load
              local.get $zero
              f64x2.gt
              v128.bitselect
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $stride
            i32.add
            local.get $v
            v128.store
            local.get $acc11
            local.set $v
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.mul
              local.get $mask
              local.get $j
              i32.add
              local.get $stride
              i32.add
              v128.load offset=16
              local.get $zero
              f64x2.gt
              v128.bitselect
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $stride
            i32.add
            local.get $v
            v128.store offset=16
            local.get $j
            i32.const 32
            i32.add
            local.set $j
            br 0 (;@4;)
          end
        end
        local.get $w
        local.get $wu
        i32.const 2
        i32.mul
        i32.add
        local.set $w
        local.get $start
        local.get $su
        i32.const 2
        i32.mul
        i32.add
        local.set $start
        local.get $out
        local.get $stride
        i32.const 2
        i32.mul
        i32.add
        local.set $out
        local.get $mask
        local.get $stride
        i32.const 2
        i32.mul
        i32.add
        local.set $mask
        local.get $u
        i32.const 2
        i32.add
        local.set $u
        br 0 (;@2;)
      end
    end)
  (func $backward1 (type 3) (param $w i32) (param $wk i32) (param $wu i32) (param $start i32) (param $su i32) (param $x i32) (param $out i32) (param $mask i32) (param $units i32) (param $terms i32) (param $cols i32) (param $stride i32) (param $relu i32) (param $round i32)
    (local $u i32) (local $j i32) (local $colBytes i32) (local $k i32) (local $pw i32) (local $px i32) (local $zero v128) (local $x0 v128) (local $x1 v128) (local $t v128) (local $v v128) (local $acc00 v128) (local $acc01 v128)
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $zero
    local.get $cols
    i32.const 3
    i32.shl
    local.set $colBytes
    block  ;; label = @1
      loop  ;; label = @2
        local.get $u
        local.get $units
        i32.ge_u
        br_if 1 (;@1;)
        i32.const 0
        local.set $j
        block  ;; label = @3
          loop  ;; label = @4
            local.get $j
            local.get $colBytes
            i32.ge_u
            br_if 1 (;@3;)
            local.get $start
            v128.load64_splat
            local.set $acc00
            local.get $acc00
            local.set $acc01
            local.get $w
            local.set $pw
            local.get $x
            local.get $j
            i32.add
            local.set $px
            local.get $terms
            local.set $k
            block  ;; label = @5
              loop  ;; label = @6
                local.get $k
                i32.eqz
                br_if 1 (;@5;)
                local.get $px
                v128.load
                local.set $x0
                local.get $px
                v128.load offset=16
                local.set $x1
                local.get $pw
                v128.load64_splat
                local.set $t
                local.get $acc00
                local.get $t
                local.get $x0
                f64x2.mul
                f64x2.add
                local.set $acc00
                local.get $acc01
                local.get $t
                local.get $x1
                f64x2.mul
                f64x2.add
                local.set $acc01
                local.get $pw
                local.get $wk
                i32.add
                local.set $pw
                local.get $px
                local.get $stride
                i32.add
                local.set $px
                local.get $k
                i32.const 1
                i32.sub
                local.set $k
                br 0 (;@6;)
              end
            end
            local.get $acc00
            local.set $v
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.mul
              local.get $mask
              local.get $j
              i32.add
              v128.load
              local.get $zero
              f64x2.gt
              v128.bitselect
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store
            local.get $acc01
            local.set $v
            local.get $round
            if  ;; label = @5
              local.get $v
              f32x4.demote_f64x2_zero
              f64x2.promote_low_f32x4
              local.set $v
            end
            local.get $relu
            if  ;; label = @5
              local.get $v
              local.get $v
              local.get $zero
              f64x2.mul
              local.get $mask
              local.get $j
              i32.add
              v128.load offset=16
              local.get $zero
              f64x2.gt
              v128.bitselect
              local.set $v
            end
            local.get $out
            local.get $j
            i32.add
            local.get $v
            v128.store offset=16
            local.get $j
            i32.const 32
            i32.add
            local.set $j
            br 0 (;@4;)
          end
        end
        local.get $w
        local.get $wu
        i32.const 1
        i32.mul
        i32.add
        local.set $w
        local.get $start
        local.get $su
        i32.const 1
        i32.mul
        i32.add
        local.set $start
        local.get $out
        local.get $stride
        i32.const 1
        i32.mul
        i32.add
        local.set $out
        local.get $mask
        local.get $stride
        i32.const 1
        i32.mul
        i32.add
        local.set $mask
        local.get $u
        i32.const 1
        i32.add
        local.set $u
        br 0 (;@2;)
      end
    end)
  (func $weightGradient (type 4) (param $dz i32) (param $a i32) (param $dw i32) (param $db i32) (param $nOut i32) (param $nIn i32) (param $cols i32) (param $stride i32)
    (local $i i32) (local $p i32) (local $j i32) (local $colBytes i32) (local $g0 i32) (local $g1 i32) (local $rem i32) (local $pair i32) (local $row0 i32) (local $row1 i32) (local $q0 i32) (local $q1 i32) (local $q2 i32) (local $q3 i32) (local $d v128) (local $bias v128) (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)
    local.get $cols
    i32.const 3
    i32.shl
    local.set $colBytes
    i32.const 0
    local.set $i
    block  ;; label = @1
      loop  ;; label = @2
        local.get $i
        local.get $nOut
        i32.ge_u
        br_if 1 (;@1;)
        local.get $dz
        local.get $i
        local.get $stride
        i32.mul
        i32.add
        local.set $g0
        local.get $i
        i32.const 1
        i32.add
        local.get $nOut
        i32.lt_u
        local.set $pair
        local.get $g0
        local.get $stride
        i32.add
        local.get $g0
        local.get $pair
        select
        local.set $g1
        i32.const 0
        local.set $p
        block  ;; label = @3
          loop  ;; label = @4
            local.get $p
            local.get $nIn
            i32.ge_u
            br_if 1 (;@3;)
            local.get $nIn
            local.get $p
            i32.sub
            local.set $rem
            local.get $a
            local.get $p
            local.get $stride
            i32.mul
            i32.add
            local.set $q0
            local.get $q0
            local.get $stride
            i32.add
            local.get $q0
            i32.const 1
            local.get $rem
            i32.lt_u
            select
            local.set $q1
            local.get $q1
            local.get $stride
            i32.add
            local.get $q0
            i32.const 2
            local.get $rem
            i32.lt_u
            select
            local.set $q2
            local.get $q2
            local.get $stride
            i32.add
            local.get $q0
            i32.const 3
            local.get $rem
            i32.lt_u
            select
            local.set $q3
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $bias
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc0
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc1
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc2
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $acc3
            i32.const 0
            local.set $j
            block  ;; label = @5
              loop  ;; label = @6
                local.get $j
                local.get $colBytes
                i32.ge_u
                br_if 1 (;@5;)
                local.get $g0
                local.get $j
                i32.add
                v128.load64_zero
                local.set $d
                local.get $g1
                local.get $j
                i32.add
                local.get $d
                v128.load64_lane 1
                local.set $d
                local.get $acc0
                local.get $d
                local.get $q0
                local.get $j
                i32.add
                v128.load64_splat
                f64x2.mul
                f64x2.add
                local.set $acc0
                local.get $acc1
                local.get $d
                local.get $q1
                local.get $j
                i32.add
                v128.load64_splat
                f64x2.mul
                f64x2.add
                local.set $acc1
                local.get $acc2
                local.get $d
                local.get $q2
                local.get $j
                i32.add
                v128.load64_splat
                f64x2.mul
                f64x2.add
                local.set $acc2
                local.get $acc3
                local.get $d
                local.get $q3
                local.get $j
                i32.add
                v128.load64_splat
                f64x2.mul
                f64x2.add
                local.set $acc3
                local.get $bias
                local.get $d
                f64x2.add
                local.set $bias
                local.get $j
                i32.const 8
                i32.add
                local.set $j
                br 0 (;@6;)
              end
            end
            local.get $dw
            local.get $i
            local.get $nIn
            i32.mul
            local.get $p
            i32.add
            i32.const 3
            i32.shl
            i32.add
            local.set $row0
            local.get $row0
            local.get $nIn
            i32.const 3
            i32.shl
            i32.add
            local.set $row1
            i32.const 0
            local.get $rem
            i32.lt_u
            if  ;; label = @5
              local.get $row0
              local.get $acc0
              v128.store64_lane 0
              local.get $pair
              if  ;; label = @6
                local.get $row1
                local.get $acc0
                v128.store64_lane 1
              end
            end
            i32.const 1
            local.get $rem
            i32.lt_u
            if  ;; label = @5
              local.get $row0
              local.get $acc1
              v128.store64_lane offset=8 0
              local.get $pair
              if  ;; label = @6
                local.get $row1
                local.get $acc1
                v128.store64_lane offset=8 1
              end
            end
            i32.const 2
            local.get $rem
            i32.lt_u
            if  ;; label = @5
              local.get $row0
              local.get $acc2
              v128.store64_lane offset=16 0
              local.get $pair
              if  ;; label = @6
                local.get $row1
                local.get $acc2
                v128.store64_lane offset=16 1
              end
            end
            i32.const 3
            local.get $rem
            i32.lt_u
            if  ;; label = @5
              local.get $row0
              local.get $acc3
              v128.store64_lane offset=24 0
              local.get $pair
              if  ;; label = @6
                local.get $row1
                local.get $acc3
                v128.store64_lane offset=24 1
              end
            end
            local.get $p
            i32.eqz
            if  ;; label = @5
              local.get $db
              local.get $i
              i32.const 3
              i32.shl
              i32.add
              local.set $row0
              local.get $row0
              local.get $bias
              v128.store64_lane 0
              local.get $pair
              if  ;; label = @6
                local.get $row0
                local.get $bias
                v128.store64_lane offset=8 1
              end
            end
            local.get $p
            i32.const 4
            i32.add
            local.set $p
            br 0 (;@4;)
          end
        end
        local.get $i
        i32.const 2
        i32.add
        local.set $i
        br 0 (;@2;)
      end
    end)
  (memory (;0;) 1)
  (export "memory" (memory 0))
  (export "forward2" (func $forward2))
  (export "forward1" (func $forward1))
  (export "backward2" (func $backward2))
  (export "backward1" (func $backward1))
  (export "weightGradient" (func $weightGradient)))
